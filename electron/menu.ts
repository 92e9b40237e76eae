/**
 * The application menu as plain data; main.ts turns it into an Electron Menu. App commands are
 * sent to the renderer, which runs them exactly as its own toolbar and shortcuts do.
 */
export interface MenuItemSpec {
  label?: string;
  role?: string;
  accelerator?: string;
  command?: string;
  type?: 'separator';
  submenu?: MenuItemSpec[];
}

const sep: MenuItemSpec = { type: 'separator' };

export function menuTemplate(platform: string): MenuItemSpec[] {
  const mac = platform === 'darwin';
  return [
    ...(mac ? [{ role: 'appMenu' }] : []),
    {
      label: '&File',
      submenu: [
        { label: 'New Timeline', accelerator: 'CmdOrCtrl+Shift+N', command: 'new-timeline' },
        { label: 'Rename Timeline…', command: 'rename-timeline' },
        { label: 'Duplicate Timeline', command: 'duplicate-timeline' },
        { label: 'Delete Timeline…', command: 'delete-timeline' },
        sep,
        { label: 'Import Articles…', accelerator: 'CmdOrCtrl+I', command: 'import-articles' },
        { label: 'Import Data (JSON, CSV, TimelineJS)…', command: 'import-data' },
        sep,
        { label: 'Export Briefing PDF…', accelerator: 'CmdOrCtrl+P', command: 'export:pdf' },
        {
          label: 'Export',
          submenu: [
            { label: 'Chronik JSON…', command: 'export:json' },
            { label: 'CSV…', command: 'export:csv' },
            { label: 'TimelineJS JSON…', command: 'export:timelinejs' },
            { label: 'Calendar (ICS)…', command: 'export:ics' },
            { label: 'Markdown…', command: 'export:markdown' },
          ],
        },
        sep,
        mac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: '&Edit',
      submenu: [
        { label: 'Undo', accelerator: 'CmdOrCtrl+Z', command: 'undo' },
        { label: 'Redo', accelerator: 'CmdOrCtrl+Shift+Z', command: 'redo' },
        sep,
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
        sep,
        { label: 'Find…', accelerator: 'CmdOrCtrl+F', command: 'find' },
      ],
    },
    {
      label: '&View',
      submenu: [
        { label: 'List View', command: 'toggle-list' },
        { label: 'Lanes…', command: 'manage-lanes' },
        { label: 'Fit All Events', accelerator: 'CmdOrCtrl+0', command: 'fit' },
        sep,
        { role: 'togglefullscreen' },
      ],
    },
    { label: '&Help', submenu: [{ label: 'About Chronik', command: 'about' }] },
  ];
}
