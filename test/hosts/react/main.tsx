import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Credits } from './Credits';

createRoot(document.getElementById('app')!).render(
  <StrictMode>
    <Credits />
  </StrictMode>,
);
