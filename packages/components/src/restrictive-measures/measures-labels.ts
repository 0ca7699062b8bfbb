/** Localized names of the restrictive-measures vocabularies. */
import type { MeasureArea, MeasureReason, TotalOrigin } from '@eu-belarus/data/restrictive-measures';
import { msg } from '../shared/localize.js';

export function reasonLabel(reason: MeasureReason): string {
  switch (reason) {
    case 'repression':
      return msg('Repression and electoral fraud');
    case 'ryanair':
      return msg('Forced landing of a Ryanair flight');
    case 'migration':
      return msg('Instrumentalisation of migrants');
    case 'russia-war':
      return msg('Support for Russia’s war against Ukraine');
    case 'hybrid':
      return msg('Hybrid actions');
  }
}

export function areaLabel(area: MeasureArea): string {
  switch (area) {
    case 'airspace':
      return msg('Airspace');
    case 'potash-petroleum':
      return msg('Potash and petroleum');
    case 'finance':
      return msg('Finance and SWIFT');
    case 'trade-dual-use':
      return msg('Trade and dual-use goods');
    case 'road-transport':
      return msg('Road transport');
    case 'russia-alignment':
      return msg('Alignment with the sanctions on Russia');
    case 'tariffs':
      return msg('Tariffs');
  }
}

/** How a total is known, as the legend and the table say it. */
export function originLabel(origin: TotalOrigin): string {
  switch (origin) {
    case 'stated':
      return msg('Stated by an EU source');
    case 'member-state':
      return msg('Stated by a member state');
    case 'derived':
      return msg('Sum of the rounds');
  }
}

export const seriesLabel = (series: 'individuals' | 'entities'): string =>
  series === 'individuals' ? msg('Individuals') : msg('Entities');
