// Entry of the browser app: i18n, the store, the simulation worker client, and the React tree.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createWorkerClient } from '../worker/client';
import { App } from './app/App';
import { createI18n } from './i18n';
import { bindClient, createAppStore } from './store/createAppStore';
import './styles/app.css';

const i18n = createI18n('en');
document.documentElement.lang = i18n.language;
const store = createAppStore();
const client = createWorkerClient();
bindClient(store, client);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App i18n={i18n} store={store} client={client} />
  </StrictMode>,
);
