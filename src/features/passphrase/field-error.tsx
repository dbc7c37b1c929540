/** A field's error, announced as it appears and tied to its field by errorProps. */
export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={id} className="field-error" role="alert">
      <span className="visually-hidden">Error: </span>
      {message}
    </p>
  );
}

export function errorProps(errorId: string, message: string | undefined) {
  return { 'aria-invalid': message ? true : undefined, 'aria-describedby': message ? errorId : undefined };
}
