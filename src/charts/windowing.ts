/**
 * Lists longer than this draw only the rows near the screen (TanStack Virtual, loaded with the first such
 * list). At the shipped data no list is this long, so the pages, their pre-rendered HTML and the visual
 * suite show every row as before; printing always shows every row.
 */
export const WINDOWED_ABOVE = 200;

export const isWindowed = (count: number, printing: boolean): boolean => count > WINDOWED_ABOVE && !printing;
