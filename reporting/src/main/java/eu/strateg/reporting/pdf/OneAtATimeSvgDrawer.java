package eu.strateg.reporting.pdf;

import com.openhtmltopdf.css.sheet.FontFaceRule;
import com.openhtmltopdf.extend.FSSupplier;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.extend.SVGDrawer;
import com.openhtmltopdf.extend.UserAgentCallback;
import com.openhtmltopdf.layout.SharedContext;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.css.style.CssContext;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.RenderingContext;
import java.awt.FontFormatException;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.w3c.dom.Element;

/**
 * Batik's SVG drawer, one chart at a time: an image built for the layout keeps only its size, and the Batik image that
 * paints it is made when the chart is drawn and dropped right after. Batik's image keeps what it built while painting
 * (the chart's document and its graphics tree) for as long as the layout holds the image, that is to the end of the
 * PDF, so a report of 500 charts ran out of a 256 MB heap; this way one chart's worth is held at a time.
 */
final class OneAtATimeSvgDrawer implements SVGDrawer {

    private final SVGDrawer batik;

    OneAtATimeSvgDrawer(SVGDrawer batik) {
        this.batik = batik;
    }

    @Override
    public SVGImage buildSVGImage(Element svg, Box box, CssContext css, double cssWidth, double cssHeight, double dotsPerPixel) {
        SVGImage sized = batik.buildSVGImage(svg, box, css, cssWidth, cssHeight, dotsPerPixel);
        int width = sized.getIntrinsicWidth();
        int height = sized.getIntrinsicHeight();
        boolean intrinsic = sized.hasIntrinsicSize();
        float ratio = sized.getIntrinsicRatio();
        return new SVGImage() {
            @Override
            public int getIntrinsicWidth() {
                return width;
            }

            @Override
            public int getIntrinsicHeight() {
                return height;
            }

            @Override
            public boolean hasIntrinsicSize() {
                return intrinsic;
            }

            @Override
            public float getIntrinsicRatio() {
                return ratio;
            }

            @Override
            public void drawSVG(OutputDevice device, RenderingContext ctx, double x, double y) {
                batik.buildSVGImage(svg, box, css, cssWidth, cssHeight, dotsPerPixel).drawSVG(device, ctx, x, y);
            }
        };
    }

    @Override
    public void importFontFaceRules(List<FontFaceRule> rules, SharedContext ctx) {
        batik.importFontFaceRules(rules, ctx);
    }

    @Override
    public void withUserAgent(UserAgentCallback agent) {
        batik.withUserAgent(agent);
    }

    @Override
    public void addFontFile(File file, String family, Integer weight, FontStyle style) throws IOException, FontFormatException {
        batik.addFontFile(file, family, weight, style);
    }

    @Override
    public void addFontStream(FSSupplier<InputStream> font, String family, Integer weight, FontStyle style) throws IOException, FontFormatException {
        batik.addFontStream(font, family, weight, style);
    }

    @Override
    public void close() throws IOException {
        batik.close();
    }
}
