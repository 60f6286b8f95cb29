import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import '@lacnic/anniversary-widgets/partner-strip';
import '@lacnic/anniversary-widgets/region-map';
import type {} from '@lacnic/anniversary-widgets/jsx';
import type { Partner } from '@lacnic/anniversary-widgets/partner-strip';

const partners: Partner[] = [
  { name: 'Example network', url: 'https://example.org/', country: 'BR' },
  { name: 'Another org', url: 'https://example.net/', country: 'AR' },
];

function App() {
  const [chosen, setChosen] = useState<string | null>(null);
  return (
    <main>
      <h1>Region {chosen ?? '—'}</h1>
      <lacnic-region-map id="map" metric="asn" onlacnic-region-select={(e: CustomEvent<{ code: string | null }>) => setChosen(e.detail.code)} />
      <lacnic-partner-strip for="map" layout="grid" data={partners} />
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
