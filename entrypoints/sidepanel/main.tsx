import { render } from 'solid-js/web';
import { App } from '../../components/App';
import '../../components/styles.css';
import { makeLibrary } from '../../lib/session/library';
import { openDatabase } from '../../lib/store/db';

// Ask the browser not to evict boards when space runs low (granted to extensions
// with `unlimitedStorage`); best effort: the panel works the same without it.
void navigator.storage?.persist?.().catch(() => false);

render(() => <App library={makeLibrary(openDatabase())} />, document.getElementById('app')!);
