// Recharts picks an axis scale by name from `import * as d3Scales from 'victory-vendor/d3-scale'`,
// so the bundler keeps every d3 scale, and with the time scales d3-time and d3-time-format: about
// 6 kB gzip that no chart here uses. vite.config.ts points that import at this module instead.
// The charts set no `scale` prop, so Recharts asks only for the three scales of its 'auto' choice
// (combineRealScaleType): point and band for category axes, linear for number axes.
// tests/unit/charts/d3-scales.test.ts fails if a chart asks for any other.
export { scaleBand, scaleLinear, scalePoint } from 'd3-scale';
