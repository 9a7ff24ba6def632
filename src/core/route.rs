//! Hash routes, which work on any static host: `#/` the course contents, `#/lesson/<slug>` a
//! lesson, `#/scratch` the scratch notebook. What a hash names and the hash that names it; the
//! UI's `route` module follows the address bar.

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    Contents,
    Lesson(String),
    Scratch,
}

impl Route {
    /// The route a location hash names; the contents for anything it does not know. The slug
    /// is taken as written (not percent-decoded): lesson slugs are plain ASCII.
    pub fn parse(hash: &str) -> Route {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        match path.split_once('/') {
            Some(("lesson", slug)) if !slug.is_empty() => Route::Lesson(slug.to_owned()),
            _ if path == "scratch" => Route::Scratch,
            _ => Route::Contents,
        }
    }

    /// The hash that names the route, for links and for setting the location.
    pub fn href(&self) -> String {
        match self {
            Route::Contents => "#/".into(),
            Route::Lesson(slug) => format!("#/lesson/{slug}"),
            Route::Scratch => "#/scratch".into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lesson(slug: &str) -> Route {
        Route::Lesson(slug.to_owned())
    }

    #[test]
    fn every_route_reads_back_from_its_href() {
        for route in [Route::Contents, Route::Scratch, lesson("select-basics"), lesson("joins-2")] {
            assert_eq!(Route::parse(&route.href()), route, "{}", route.href());
        }
        assert_eq!(lesson("joins").href(), "#/lesson/joins");
        assert_eq!(Route::Contents.href(), "#/");
        assert_eq!(Route::Scratch.href(), "#/scratch");
    }

    #[test]
    fn the_hash_sign_and_leading_slashes_are_optional() {
        assert_eq!(Route::parse("#/scratch"), Route::Scratch);
        assert_eq!(Route::parse("scratch"), Route::Scratch);
        assert_eq!(Route::parse("#scratch"), Route::Scratch);
        assert_eq!(Route::parse("##//lesson/joins"), lesson("joins"));
        assert_eq!(Route::parse("lesson/joins"), lesson("joins"));
    }

    #[test]
    fn empty_and_unknown_hashes_are_the_contents() {
        for hash in
            ["", "#", "#/", "#/contents", "#/Scratch", "#/scratch/", "#/scratch?x=1", "#/lessons/joins"]
        {
            assert_eq!(Route::parse(hash), Route::Contents, "{hash:?}");
        }
    }

    #[test]
    fn a_lesson_needs_a_slug() {
        assert_eq!(Route::parse("#/lesson"), Route::Contents);
        assert_eq!(Route::parse("#/lesson/"), Route::Contents);
        // Everything after `lesson/` is the slug, slashes included, so the page can say that
        // no lesson has that name.
        assert_eq!(Route::parse("#/lesson/a/b"), lesson("a/b"));
        assert_eq!(Route::parse("#/lesson/ joins "), lesson(" joins "));
    }

    #[test]
    fn encoded_slugs_are_kept_as_written() {
        assert_eq!(Route::parse("#/lesson/caf%C3%A9"), lesson("caf%C3%A9"));
        assert_eq!(Route::parse("#/lesson/café"), lesson("café"));
        assert_eq!(lesson("caf%C3%A9").href(), "#/lesson/caf%C3%A9");
    }
}
