import { patternId, type SeriesStyle, type Texture } from "./series-styles";

const TEXTURES: Exclude<Texture, "solid">[] = ["diagonal", "dots", "cross", "horizontal", "vertical"];

// The texture lines are drawn in the page background colour over the series colour,
// so they read as gaps in both light and dark mode.
const INK = "stroke-white fill-white dark:stroke-zinc-950 dark:fill-zinc-950";

/** One <pattern> per texture, for a chart's <defs>. Legend swatches reuse them by id. */
export function TexturePatterns({ chartId }: { chartId: string }) {
  return (
    <defs>
      {TEXTURES.map((texture) => (
        <pattern key={texture} id={patternId(chartId, texture)} width="6" height="6" patternUnits="userSpaceOnUse">
          <TextureMark texture={texture} />
        </pattern>
      ))}
    </defs>
  );
}

function TextureMark({ texture }: { texture: Texture }) {
  switch (texture) {
    case "diagonal":
      return <path d="M-1,1 l2,-2 M0,6 l6,-6 M5,7 l2,-2" className={INK} strokeWidth="1.2" />;
    case "dots":
      return <circle cx="3" cy="3" r="1.1" className={INK} />;
    case "cross":
      return <path d="M0,0 L6,6 M6,0 L0,6" className={INK} strokeWidth="0.9" />;
    case "horizontal":
      return <path d="M0,3 H6" className={INK} strokeWidth="1.4" />;
    case "vertical":
      return <path d="M3,0 V6" className={INK} strokeWidth="1.4" />;
    default:
      return null;
  }
}

/** Paints a shape in a series' colour, then its texture over it. */
export function TexturedShape({
  chartId,
  style,
  children,
}: {
  chartId: string;
  style: SeriesStyle;
  children: (props: { className?: string; fill?: string }) => React.ReactNode;
}) {
  return (
    <>
      {children({ className: style.fill })}
      {style.texture === "solid" ? null : children({ fill: `url(#${patternId(chartId, style.texture)})` })}
    </>
  );
}
