/**
 * Registers the service worker that vite-plugin-pwa generates (vite.config.ts) so that, after
 * the first visit, the app, its rules, the PDF export and the trainer's scenarios open with the
 * network off (issue 8). Production builds only: the dev server has no service worker.
 *
 * Registered after `load`, so precaching the build (about 3 MB, the PDF fonts included) never
 * competes with the first screen. A new version installs in the background and takes over once
 * every tab of the app has been closed; nothing is reloaded under an officer's hands.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const register = () => {
    const base = import.meta.env.BASE_URL;
    navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).catch((error: unknown) => {
      // Without it the app still works online; say why offline use will not.
      console.warn('The app could not be made available offline:', error);
    });
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
