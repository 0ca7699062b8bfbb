/** Localized names of the data's enumerations, shared by the elements that show them. */
import type { ProgrammeCategory, ProgrammeScope, ProgrammeStatus } from '@eu-belarus/data/programmes';
import type { DialogueKind, DialogueStatus } from '@eu-belarus/data/dialogues';
import type { TimelineCategory } from '@eu-belarus/data/timeline';
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

export function dialogueKindLabel(kind: DialogueKind): string {
  switch (kind) {
    case 'human-rights':
      return msg('Human rights');
    case 'sectoral':
      return msg('Sectoral dialogues');
    case 'trade':
      return msg('Trade');
    case 'negotiation':
      return msg('Negotiations and agreements');
  }
}

/** A dialogue's or agreement's last reported status, as a badge says it. */
export function dialogueStatusLabel(status: DialogueStatus): string {
  switch (status) {
    case 'sought':
      return msg('Sought by the EU');
    case 'set-up':
      return msg('Set up');
    case 'active':
      return msg('Active');
    case 'resumed':
      return msg('Resumed');
    case 'under-negotiation':
      return msg('Under negotiation');
    case 'signed':
      return msg('Signed');
    case 'in-force':
      return msg('In force');
    case 'partially-suspended':
      return msg('Partially suspended');
    case 'suspended':
      return msg('Suspended');
  }
}

export function timelineCategoryLabel(category: TimelineCategory): string {
  switch (category) {
    case 'policy':
      return msg('Policy');
    case 'dialogue':
      return msg('Dialogue');
    case 'agreement':
      return msg('Agreement');
    case 'assistance':
      return msg('Assistance');
    case 'programme':
      return msg('Programme');
    case 'trade':
      return msg('Trade');
    case 'sanctions':
      return msg('Sanctions');
    case 'human-rights':
      return msg('Human rights');
    case 'security':
      return msg('Security');
    case 'migration':
      return msg('Migration');
    case 'diplomacy':
      return msg('Diplomacy');
  }
}

export function priorityOwnerLabel(owner: 'belarus' | 'eu'): string {
  switch (owner) {
    case 'belarus':
      return msg('Belarus');
    case 'eu':
      return msg('European Union');
  }
}

export function programmeStatusLabel(status: ProgrammeStatus): string {
  switch (status) {
    case 'open':
      return msg('Open to Belarus');
    case 'ended':
      return msg('Ended');
    case 'suspended':
      return msg('Suspended');
    case 'not-participating':
      return msg('Belarus not taking part');
    case 'unknown':
      return msg('No recent report');
  }
}
