export function StepButtons({ onBack, nextLabel = 'Save and continue' }: { onBack?: () => void; nextLabel?: string }) {
  return (
    <div className="step-buttons">
      {onBack && (
        <button type="button" className="secondary" onClick={onBack}>
          Back
        </button>
      )}
      <button type="submit">{nextLabel}</button>
    </div>
  );
}
