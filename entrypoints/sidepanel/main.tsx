import { render } from 'solid-js/web';
import { App } from '../../components/App';
import '../../components/styles.css';
import { makeLibrary } from '../../lib/session/library';
import { openDatabase } from '../../lib/store/db';

// Ask the browser not to evict boards when space runs low (granted to extensions
// with `unlimitedStorage`); best effort: the panel works the same without it.
void navigator.storage?.persist?.().catch(() => false);

// Made once, outside JSX: a prop expression is re-evaluated on every read, which
// opened a new database connection (and library) each time `props.library` was read.
const library = makeLibrary(openDatabase());
render(() => <App library={library} />, document.getElementById('app')!);
