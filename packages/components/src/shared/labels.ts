/** Localized names of the data's enumerations, shared by the elements that show them. */
import type { ProgrammeCategory, ProgrammeScope } from '@eu-belarus/data/programmes';
import { msg } from './localize.js';

export function categoryLabel(category: ProgrammeCategory): string {
  switch (category) {
    case 'education':
      return msg('Education');
    case 'research':
      return msg('Research and innovation');
    case 'technical-assistance':
      return msg('Technical assistance');
    case 'social-protection':
      return msg('Social protection');
    case 'mobility':
      return msg('Mobility');
    case 'cross-border':
      return msg('Cross-border cooperation');
    case 'regional':
      return msg('Regional cooperation');
  }
}

export function scopeLabel(scope: ProgrammeScope): string {
  switch (scope) {
    case 'bilateral':
      return msg('Bilateral');
    case 'regional':
      return msg('Regional');
    case 'cross-border':
      return msg('Cross-border');
    case 'eu-wide':
      return msg('EU-wide');
  }
}
