import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';

// WXT's fake browser has neither sidePanel (Chrome) nor sidebarAction (Firefox): add what each test needs.
const browserWith = fakeBrowser as unknown as Record<string, unknown>;

describe('toolbar button', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    delete browserWith.sidePanel;
    delete browserWith.sidebarAction;
  });

  it('Chrome: lets the action (and its shortcut) open the side panel', async () => {
    const setPanelBehavior = vi.fn(() => Promise.resolve());
    browserWith.sidePanel = { setPanelBehavior };
    background.main();
    expect(setPanelBehavior).toHaveBeenCalledWith({ openPanelOnActionClick: true });
  });

  it('Firefox: the action toggles the sidebar', async () => {
    const toggle = vi.fn(() => Promise.resolve());
    browserWith.sidebarAction = { toggle };
    background.main();
    await fakeBrowser.action.onClicked.trigger({ id: 1 } as never);
    expect(toggle).toHaveBeenCalledOnce();
  });
});
