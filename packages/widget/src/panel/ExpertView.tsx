import type { HeedInternals } from '@heed/core/internal';

/** The expert teams of this site. */
export function ExpertView({ internals }: { internals: HeedInternals }) {
  const { experts } = internals.config();
  if (!experts.length) return <p class="muted">No expert teams are listed on this site.</p>;
  return (
    <ul>
      {experts.map((expert) => (
        <li key={expert.name}>
          {expert.name} <span class="muted">({expert.topic})</span>
        </li>
      ))}
    </ul>
  );
}
