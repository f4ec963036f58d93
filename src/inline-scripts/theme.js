// Runs in <head> before the first paint, so a stored theme never flashes the other one.
// "js" on <html> lets CSS show what needs JavaScript and hide its fallbacks, with no shift.
document.documentElement.classList.add('js');
try {
  const theme = localStorage.getItem('theme');
  if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
} catch {
  // Storage blocked (private mode, policy): the system theme applies.
}
