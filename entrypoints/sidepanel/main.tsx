import { render } from 'solid-js/web';
import { App } from '../../components/App';
import '../../components/styles.css';
import { makeLibrary } from '../../lib/session/library';
import { openDatabase } from '../../lib/store/db';

render(() => <App library={makeLibrary(openDatabase())} />, document.getElementById('app')!);
