// Registers the service worker and tells the app (by a DOM event and an attribute, which the
// Rust side reads) when a new version has been downloaded in the background. The app's
// "Reload to update" button sends `planner-apply-update` back.
if ('serviceWorker' in navigator) {
  const announce = () => {
    document.documentElement.dataset.updateReady = 'true';
    window.dispatchEvent(new Event('planner-update-ready'));
  };
  let applying = false;
  navigator.serviceWorker
    .register('./sw.js')
    .then((registration) => {
      const watch = (worker) => {
        if (!worker) return;
        worker.addEventListener('statechange', () => {
          if (worker.state === 'installed' && navigator.serviceWorker.controller) announce();
        });
      };
      if (registration.waiting && navigator.serviceWorker.controller) announce();
      watch(registration.installing);
      registration.addEventListener('updatefound', () => watch(registration.installing));
      window.addEventListener('planner-apply-update', () => {
        applying = true;
        if (registration.waiting) registration.waiting.postMessage('skip-waiting');
        else window.location.reload();
      });
      // Look for a new version now and then while the app stays open.
      setInterval(() => registration.update().catch(() => {}), 60 * 60 * 1000);
    })
    .catch(() => {
      // Without a service worker the app still works online; nothing to tell the user.
    });
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (applying) window.location.reload();
  });
}
