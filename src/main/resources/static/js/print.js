// The plan page's Print button (no inline script: the CSP allows scripts from the app only).
document.addEventListener('DOMContentLoaded', () => {
  const button = document.getElementById('print-plan');
  if (button) {
    button.addEventListener('click', () => window.print());
  }
});
