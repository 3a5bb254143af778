import { useLayoutEffect } from 'react';

/** Shows the progress that index.html kept hidden for a returning visitor, once it is drawn. */
export function MountReveal() {
  useLayoutEffect(() => {
    document.documentElement.classList.remove('restoring');
  }, []);
  return null;
}
