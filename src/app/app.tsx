export function App() {
  return (
    <main>
      <h1>SIT Risk Wizard</h1>
      <p>
        Plan special investigative techniques in migrant-smuggling cases safely and lawfully. The
        step-by-step wizard is being built; the rule core can already be used from the command line
        (<code>npm run cli -- assess &lt;case.json&gt;</code>).
      </p>
    </main>
  );
}
