//! The HTML briefing: one self-contained page (CSS, script and SVG inline,
//! no network), rendered with handlebars from `templates/`.
//!
//! The default templates are compiled into the binary; a user's templates
//! folder overrides them file by file (`briefing.hbs`, `partials/<name>.hbs`),
//! and `citybrief templates --out DIR` writes the defaults out to start from.
//! All report text goes through handlebars' HTML escaping; only the SVG the
//! tool drew itself is inserted raw.

use crate::briefing::Briefing;
use crate::output::write_atomic;
use anyhow::{Context, Result};
use handlebars::{Context as HbContext, Handlebars, Helper, HelperResult, Output, RenderContext};
use std::path::Path;

/// The default templates: (path under the templates folder, text).
const DEFAULTS: &[(&str, &str)] = &[
    ("briefing.hbs", include_str!("../../templates/briefing.hbs")),
    ("partials/style.hbs", include_str!("../../templates/partials/style.hbs")),
    ("partials/script.hbs", include_str!("../../templates/partials/script.hbs")),
    ("partials/header.hbs", include_str!("../../templates/partials/header.hbs")),
    ("partials/findings.hbs", include_str!("../../templates/partials/findings.hbs")),
    ("partials/comparison.hbs", include_str!("../../templates/partials/comparison.hbs")),
    ("partials/charts.hbs", include_str!("../../templates/partials/charts.hbs")),
    ("partials/measures.hbs", include_str!("../../templates/partials/measures.hbs")),
    ("partials/honors.hbs", include_str!("../../templates/partials/honors.hbs")),
    ("partials/profiles.hbs", include_str!("../../templates/partials/profiles.hbs")),
    ("partials/sources.hbs", include_str!("../../templates/partials/sources.hbs")),
];

/// A compiled set of templates.
pub struct Templates {
    registry: Handlebars<'static>,
}

impl Templates {
    /// The defaults, with any file found in `dir` used instead of its default.
    pub fn load(dir: Option<&Path>) -> Result<Templates> {
        let mut registry = Handlebars::new();
        registry.register_helper("number", Box::new(number_helper));
        for (path, default) in DEFAULTS {
            let text = match dir.map(|d| d.join(path)).filter(|p| p.is_file()) {
                Some(p) => {
                    std::fs::read_to_string(&p).with_context(|| format!("{}: cannot read template", p.display()))?
                }
                None => (*default).to_owned(),
            };
            let name = path.trim_start_matches("partials/").trim_end_matches(".hbs");
            let origin = dir.map(|d| d.join(path).display().to_string()).unwrap_or_else(|| path.to_string());
            let registered = if *path == "briefing.hbs" {
                registry.register_template_string(name, &text)
            } else {
                registry.register_partial(name, &text)
            };
            registered.map_err(|e| anyhow::anyhow!("{origin}: {}", e.to_string().replace('\n', " ")))?;
        }
        Ok(Templates { registry })
    }

    /// [`Templates::render`], written to `out` as it is rendered.
    pub fn render_to(&self, briefing: &Briefing, out: &mut dyn std::io::Write) -> Result<()> {
        self.registry
            .render_to_write("briefing", briefing, out)
            .map_err(|e| anyhow::anyhow!("template: {}", e.to_string().replace('\n', " ")))
    }

    pub fn render(&self, briefing: &Briefing) -> Result<String> {
        self.registry
            .render("briefing", briefing)
            .map_err(|e| anyhow::anyhow!("template: {}", e.to_string().replace('\n', " ")))
    }
}

/// `{{number value 2}}`: a number with at most that many decimals.
fn number_helper(
    h: &Helper,
    _: &Handlebars,
    _: &HbContext,
    _: &mut RenderContext,
    out: &mut dyn Output,
) -> HelperResult {
    let value = h.param(0).and_then(|v| v.value().as_f64()).unwrap_or(f64::NAN);
    let decimals = h.param(1).and_then(|v| v.value().as_u64()).unwrap_or(2) as usize;
    if value.is_finite() {
        out.write(&crate::align::display::number(value, decimals))?;
    }
    Ok(())
}

/// Writes the default templates into `dir`, to start a custom set from.
pub fn write_defaults(dir: &Path) -> Result<()> {
    for (path, text) in DEFAULTS {
        write_atomic(&dir.join(path), text.as_bytes())?;
    }
    Ok(())
}
