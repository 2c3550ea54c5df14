/**
 * A React 19 host: the elements as plain JSX tags (React 19 sets properties
 * and listens to `on<event-name>`), routed with React Router.
 */
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, NavLink, Navigate, Route, Routes, useNavigate } from 'react-router';
import '../../src/index.js';
import '../shared/host.css';
import type {} from '../../dist/types/react.js';
import type { CreditsNavigateEvent, CreditsPurchaseCompleteEvent } from '../../src/core/events.js';
import { startBackend } from '../shared/backend.js';

const { gateways, tokenProvider } = await startBackend();
const routes = { credits: '/credits', billing: '/credits/billing', purchase: '/credits/purchase', subscription: '/credits' };

function App() {
  const navigate = useNavigate();
  const [notice, setNotice] = useState('');
  const onNavigate = (event: CreditsNavigateEvent) => {
    if (!event.detail.href) return;
    event.preventDefault(); // the router navigates, not the page
    navigate(event.detail.href);
  };
  const onPurchaseComplete = (event: CreditsPurchaseCompleteEvent) => {
    setNotice(`Payment ${event.detail.payment.id} completed.`);
    navigate('/credits');
  };
  return (
    <credits-provider
      api-base="/api"
      organisation="org_42"
      locale="en-IN"
      tokenProvider={tokenProvider}
      routes={routes}
      gateways={gateways}
      oncredits-navigate={onNavigate}
      oncredits-purchase-complete={onPurchaseComplete}
    >
      <header>
        <strong>React host</strong>
        <NavLink to="/credits" end>Credits</NavLink>
        <NavLink to="/credits/purchase">Purchase</NavLink>
        <NavLink to="/credits/billing">Billing &amp; Transactions</NavLink>
      </header>
      <main>
        {notice && <p className="notice" role="status">{notice}</p>}
        <Routes>
          <Route path="/" element={<Navigate to="/credits" replace />} />
          <Route path="/credits" element={<credits-balance />} />
          <Route path="/credits/purchase" element={<purchase-wizard />} />
          <Route path="/credits/billing" element={<payments-list />} />
        </Routes>
      </main>
    </credits-provider>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <BrowserRouter>
      <App />
    </BrowserRouter>
  </StrictMode>,
);
