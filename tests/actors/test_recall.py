"""The Kremlin site's own `persons` tags as a check on the dictionary and the matcher."""

from analysis.actors import find_mentions, mentions_cli_rows, persons_tag_recall


def test_persons_tag_recall_on_the_120_item_sample(kremlin_documents):
    # measured 2026-11-28: 13 of the 21 tagged persons in the sample's 120 items are found among
    # the person mentions (0.62); 7 of the 8 missed are tagged at most twice in the 7,061-item
    # corpus and left to the unknown-actor candidates, the 8th is VEB's Vladimir Dmitriev, whom the
    # 14 of 2026-11-27 counted by taking him for Kirill Dmitriev. The floor sits just under it.
    result = persons_tag_recall(kremlin_documents, find_mentions(kremlin_documents))
    print(f"persons-tag recall: {result['found']}/{result['tags']} = {result['recall']:.2f}")
    assert result["tags"] == 21
    assert result["recall"] >= 0.6


def test_unknown_person_candidates_cover_the_rest(kremlin_documents):
    # measured 2026-11-27: with the unknown candidates guessed as persons (Kumpilov, Zhilkin,
    # Morsi... named with a title or as two capitalised words) all 21 tags are found
    rows = mentions_cli_rows(kremlin_documents, include_unknown=True)
    assert persons_tag_recall(kremlin_documents, rows)["found"] == 21
