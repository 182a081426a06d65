//! No input makes the import parser panic: random text, random JSON shapes, and damaged
//! versions of a real export are all answered with a plan list or a reason.

use planner_domain::plan::Plan;
use planner_domain::test_support::shared_library as library;
use planner_domain::transfer::{decode_share, export, parse_import};
use proptest::prelude::*;

fn real_export() -> String {
    let mut p = Plan::new("p1".into(), "Lincoln".into(), 1);
    p.add("what-is-trafficking-6-8");
    p.add("fraudulent-job-offers-9-12");
    p.items[1].skipped = vec![2];
    export(&[p])
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn arbitrary_text_never_panics(text in any::<String>()) {
        let _ = parse_import(&text, library(), &[]);
        let _ = decode_share(&text);
    }

    #[test]
    fn truncated_exports_are_refused_not_panicked(cut in 0usize..2000) {
        let text = real_export();
        let cut = cut.min(text.len());
        if let Some(prefix) = text.get(..cut) {
            let result = parse_import(prefix, library(), &[]);
            prop_assert!(cut == text.len() || result.is_err());
        }
    }

    #[test]
    fn byte_edits_of_an_export_never_panic(pos in 0usize..2000, byte in any::<u8>()) {
        let mut bytes = real_export().into_bytes();
        let pos = pos % bytes.len();
        bytes[pos] = byte;
        if let Ok(text) = String::from_utf8(bytes) {
            let _ = parse_import(&text, library(), &[]);
        }
    }

    #[test]
    fn json_of_any_shape_never_panics(
        version in prop_oneof![Just("1".to_string()), Just("2".to_string()), Just("-1".to_string()), Just("1e99".to_string()), Just("\"1\"".to_string())],
        plans in prop_oneof![Just("[]".to_string()), Just("null".to_string()), Just("[{}]".to_string()), Just("[{\"id\":\"x\",\"name\":\"n\",\"grade\":300,\"period_minutes\":5,\"created\":0,\"edited\":0}]".to_string())],
    ) {
        let text = format!("{{\"format\":\"prevention-planner-export\",\"version\":{version},\"plans\":{plans}}}");
        prop_assert!(parse_import(&text, library(), &[]).is_err());
    }
}
