// The toolbar button (and its keyboard shortcut) opens the panel. Chrome does
// that itself once told to; Firefox's MV3 action has to toggle the sidebar.
interface FirefoxSidebar {
  sidebarAction?: { toggle(): Promise<void> };
}

export default defineBackground(() => {
  if (browser.sidePanel) {
    browser.sidePanel
      .setPanelBehavior({ openPanelOnActionClick: true })
      .catch((error: unknown) => console.error('Common Ground: side panel setup failed', error));
    return;
  }
  const { sidebarAction } = browser as unknown as FirefoxSidebar;
  browser.action.onClicked.addListener(() => void sidebarAction?.toggle());
});
