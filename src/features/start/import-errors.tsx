/** Why a file could not be opened; whatever was open stays as it was. */
export function ImportErrors({ errors, onDismiss }: { errors: readonly string[]; onDismiss: () => void }) {
  return (
    <div className="error-summary" role="alert">
      <h2>The file could not be opened</h2>
      <ul>
        {errors.map((error) => (
          <li key={error}>{error}</li>
        ))}
      </ul>
      <p>Nothing has been changed.</p>
      <button type="button" className="secondary" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
