import { createApp, h } from 'vue';
import { createRouter, createWebHistory } from 'vue-router';
import '../../src/index.js';
import '../shared/host.css';
import { startBackend } from '../shared/backend.js';
import App from './App.vue';

const { gateways, tokenProvider } = await startBackend();
const router = createRouter({
  history: createWebHistory(),
  routes: [
    { path: '/', redirect: '/credits' },
    { path: '/credits', component: { render: () => h('credits-balance') } },
    { path: '/credits/purchase', component: { render: () => h('purchase-wizard') } },
    { path: '/credits/billing', component: { render: () => h('payments-list') } },
  ],
});
createApp(App, { gateways, tokenProvider }).use(router).mount('#app');
