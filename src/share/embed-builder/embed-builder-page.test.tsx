import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../../../test/support/render-route';

const code = () => screen.getByRole<HTMLTextAreaElement>('textbox').value;

describe('/embed-builder', () => {
  it('opens on the chart the link names, with every choice labelled and the preview titled', async () => {
    renderRoute('/embed-builder?embed=sectors/members&embed-lang=ru&measure=count');
    expect(await screen.findByRole('heading', { level: 1, name: 'Embed builder' })).toBeInTheDocument();
    const target = screen.getByRole('combobox', { name: 'What to embed' });
    expect(target).toHaveValue('sectors/members');
    const form = within(target.closest('form')!);
    for (const group of ['Language', 'Theme', 'Interaction', 'Show', 'Width', 'Code'])
      expect(form.getByRole('group', { name: group })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Русский' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Article column (640 px)' })).toBeChecked();
    const frame = screen.getByTitle('Preview of the embed: Members by sector');
    expect(frame).toHaveAttribute(
      'src',
      expect.stringMatching(/\/embed\/sectors\/members\?measure=count&lang=ru&theme=light$/),
    );
    expect(code()).toContain(`<iframe src="${frame.getAttribute('src')}"`);
    expect(code()).toContain('style="width:100%;max-width:640px;border:0"');
  });

  it('keeps each choice in the URL and in the code', async () => {
    const { location } = renderRoute('/embed-builder?embed=growth/ratio');
    await screen.findByRole('heading', { level: 1, name: 'Embed builder' });
    fireEvent.click(screen.getByRole('radio', { name: 'Slides (16:9, 960 px)' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Title' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Dark' }));
    fireEvent.click(screen.getByRole('radio', { name: /^Static/ }));
    expect(location.current.search).toBe(
      '?embed=growth%2Fratio&width=slides&title=0&embed-theme=dark&static=1',
    );
    expect(screen.getByRole('checkbox', { name: /^Controls/ })).toBeDisabled();
    expect(code()).toContain('/embed/growth/ratio?lang=en&theme=dark&title=0&static=1"');
    expect(code()).toContain('max-width:960px');
  });

  it('drops one view’s options when another view is chosen', async () => {
    const { location } = renderRoute('/embed-builder?embed=growth&scale=log&lang=en');
    await screen.findByRole('heading', { level: 1, name: 'Embed builder' });
    fireEvent.change(screen.getByRole('combobox', { name: 'What to embed' }), {
      target: { value: 'regions/map' },
    });
    expect(location.current.search).toBe('?embed=regions%2Fmap&lang=en');
  });

  it('asks for one chart before offering a picture', async () => {
    renderRoute('/embed-builder?embed=timeline&code=img&lang=ru');
    await screen.findByRole('heading', { level: 1, name: 'Конструктор встраивания' });
    const output = screen.getByRole('heading', { name: 'Предпросмотр' }).parentElement!;
    expect(within(output).getByText(/выберите отдельный график/)).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).toBeNull();
  });
});
