// Entry of the browser app: i18n, the store, the simulation worker client, and the React tree.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createWorkerClient } from '../worker/client';
import { App } from './app/App';
import { featurePanels } from './app/panels';
import { prepareClassroom, startClassroom } from './persist/startup';
import { bindClient, createAppStore } from './store/createAppStore';
import './styles/app.css';

const prepared = prepareClassroom();
const { i18n } = prepared;
const store = createAppStore();
const client = createWorkerClient();
bindClient(store, client);
const classroom = startClassroom(prepared, client, store);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App i18n={i18n} store={store} client={client} classroom={classroom} panels={featurePanels()} />
  </StrictMode>,
);
