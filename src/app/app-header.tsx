/** The bar at the top of every screen; `onClose` adds "Save and close" while a case is open. */
export function AppHeader({ onClose }: { onClose?: () => void }) {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to the questions
      </a>
      <header className="app-header">
        <p className="app-name">SIT Risk Wizard</p>
        <p className="reminder">Use codenames only. Never enter the real identity of an informant or officer.</p>
        {onClose && (
          <button type="button" className="secondary" onClick={onClose}>
            Save and close
          </button>
        )}
      </header>
    </>
  );
}
