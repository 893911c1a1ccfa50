// The community pages' kit: charts with words and tables, data tables with CSV, and the page frame.
import './community.css';

export { ChartFigure } from './ChartFigure';
export { BarChartOf, LineChartOf, type ChartSeries } from './charts';
export { DataTable, type Column } from './DataTable';
export { toCsv, downloadCsv, type CsvValue } from './csv';
export { Headline } from './Headline';
export {
  CommunityPage,
  communityPath,
  schemesWithRole,
  INSIGHT_ROLES,
  GROWTH_ROLES,
  type CommunityPageContext,
  type CommunityScheme,
} from './CommunityPage';
