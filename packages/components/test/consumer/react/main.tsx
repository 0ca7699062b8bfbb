// React 18 with the @lit/react wrappers: typed props, headingLevel, and onEuDataError for a bad src.
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { EuProgrammeList, EuTradeSummary } from '@eu-belarus/components/react';

function App() {
  const [reason, setReason] = useState('none');
  return (
    <StrictMode>
      <EuProgrammeList category="education" showFilter headingLevel={3} />
      <EuTradeSummary compact />
      <EuProgrammeList
        id="broken"
        src="ftp://example.invalid/data.json"
        onEuDataError={(e) => setReason(e.detail.reason)}
      />
      <p id="reason">{reason}</p>
    </StrictMode>
  );
}
createRoot(document.getElementById('root')!).render(<App />);
