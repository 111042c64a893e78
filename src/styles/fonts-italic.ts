// The italic faces, loaded by the app before it renders (see fonts.ts): not part of a page's first paint.
import '@fontsource-variable/inter/wght-italic.css';
import './fonts/used/inter-used-italic.css';
