import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../i18n';
import { OfflineStatus } from './offline-status';

/** A browser's service worker container with a first build active and a second one installed and waiting. */
function fakeContainer() {
  const container = new EventTarget();
  const waiting = Object.assign(new EventTarget(), { state: 'installed', postMessage: vi.fn() });
  const registration = Object.assign(new EventTarget(), { waiting, installing: null });
  return Object.assign(container, {
    controller: {},
    ready: Promise.resolve(registration),
    register: vi.fn(() => Promise.resolve(registration)),
    waiting,
  });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the offline note and update prompt', () => {
  it('says the site is saved, offers the waiting build, and reloads once when asked', async () => {
    const container = fakeContainer();
    vi.stubGlobal(
      'navigator',
      Object.assign(Object.create(navigator) as Navigator, { serviceWorker: container }),
    );
    const reload = vi.fn();
    vi.stubGlobal('location', { ...window.location, reload });
    render(
      <I18nProvider language="ru">
        <OfflineStatus />
      </I18nProvider>,
    );
    expect(await screen.findByText('Доступно офлайн')).toBeInTheDocument();
    expect(container.register).toHaveBeenCalledWith('/sw.js', { scope: '/' });
    const button = await screen.findByRole('button', { name: 'Доступно обновление: перезагрузить' });
    expect(button.closest('[role="status"]')).toHaveAttribute('aria-live', 'polite');
    expect(reload).not.toHaveBeenCalled();

    await userEvent.click(button);
    expect(container.waiting.postMessage).toHaveBeenCalledWith({ type: 'SKIP_WAITING' });
    act(() => {
      container.dispatchEvent(new Event('controllerchange'));
      container.dispatchEvent(new Event('controllerchange'));
    });
    expect(reload).toHaveBeenCalledTimes(1);
  });
});
