/** Collects sanitiser notes once each, with a count: `removed <script> element (×3)`. */
export class NoteCounter {
  private readonly counts = new Map<string, number>();

  add(note: string): void {
    this.counts.set(note, (this.counts.get(note) ?? 0) + 1);
  }

  addAll(notes: Iterable<string>): void {
    for (const note of notes) this.add(note);
  }

  list(): string[] {
    return [...this.counts].map(([note, count]) => (count > 1 ? `${note} (×${count})` : note));
  }
}
