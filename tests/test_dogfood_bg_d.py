"""Dogfood round 12bg-d: invented corpora (a heatwave, a product recall, a hockey final); invented text only."""
import pandas as pd
import pytest
from _corpus_folders import corpus_folder

from helpers import load_corpus
from helpers.corpus.sources import CorpusWarning

BODY = ("Temperatures in the valley climbed to 39 degrees on Monday, the county weather office said.\n\n"
        "Hospitals reported a rise in heat-related admissions as the heatwave showed no sign of breaking.")


_folder = corpus_folder


# --- (i) a value that says "unknown" is no group --------------------------------------------------------------


@pytest.mark.parametrize("value", ["unknown", "Unknown", "(unknown)", " UNKNOWN ", "n/a", "N/A", "[unknown]", "?", "-"])
def test_a_value_that_says_unknown_is_no_group(value):
    """An outlet written literally as 'unknown' (or '(unknown)', 'n/a') was a group of its own, compared with the
    outlets: the index named 'Unknown' as the lowest outlet of a finding (dogfood 12bg-d). It is read as no value."""
    from helpers.corpus.groups import UNKNOWN, group_labels

    values = pd.Series(["Ledger", "Ledger", "Courier", value, value, ""])
    labels, order = group_labels(values, top_n=15)
    assert list(labels) == ["Ledger", "Ledger", "Courier", UNKNOWN, UNKNOWN, UNKNOWN]
    assert order == ["Ledger", "Courier", UNKNOWN]


def test_a_value_that_only_contains_unknown_is_a_group():
    from helpers.corpus.groups import group_labels

    values = pd.Series(["Unknown Pleasures Weekly", "unknowns", "None", "NA"])
    labels, _ = group_labels(values, top_n=15)
    assert list(labels)[:4] == ["Unknown Pleasures Weekly", "unknowns", "None", "NA"]


def test_a_literal_other_value_is_not_the_pool_of_small_groups():
    """A group written '(other)' in the metadata was taken for the pool of the groups beyond top_n: never compared."""
    from helpers.corpus.groups import NOT_GROUPS, group_labels

    labels, order = group_labels(pd.Series(["(other)", "(other)", "Ledger"]), top_n=15)
    assert set(labels) == {"other", "Ledger"} and not set(order) & set(NOT_GROUPS)


def test_placeholder_outlets_join_the_pool_and_the_note_says_so(tmp_path, monkeypatch):
    """The heatwave corpus: 'unknown', '(unknown)' and 'Unknown' in metadata.csv (merged by the outlet-name rule into
    'Unknown') and a file without a row: all four are the pool (unknown), and each notebook's preamble says why."""
    from helpers.corpus.groups import UNKNOWN
    from helpers.notebook.params import check_params
    from helpers.notebook.prepare import prepare_corpus
    from helpers.notebook.setup import corpus_params

    monkeypatch.setenv("NEWS_CACHE_DIR", str(tmp_path / "cache"))
    files = {f"{o}{i}.txt": BODY.replace("39", str(30 + i)).replace("Monday", f"day {o}{i}")
             for o in ("l", "c") for i in range(3)}
    files.update({f"x{i}.txt": BODY.replace("39", str(40 + i)) for i in range(4)})
    meta = "file,outlet\n" + "".join(f"l{i}.txt,Ledger\nc{i}.txt,Courier\n" for i in range(3))
    meta += "x0.txt,unknown\nx1.txt,(unknown)\nx2.txt,Unknown\n"
    folder = _folder(tmp_path, files, meta)
    ns = {"corpus": str(folder), "metadata": None, "columns": None, "on_bad": "error", "output_dir": None,
          "group_by": "outlet", "top_n": 15, "seed": 0, "study": "general", "engine": "pandas", "scheduler": "",
          "day_first": None, "periods": []}
    with pytest.warns(CorpusWarning, match="no row in"):
        prep = prepare_corpus(check_params(ns, corpus_params()))
    assert (prep.articles["group"] == UNKNOWN).sum() == 4
    assert prep.targets == ["Courier", "Ledger"] or prep.targets == ["Ledger", "Courier"]
    note = prep.summary()
    assert "4 of 10 articles have no value of 'outlet'" in note, note
    assert "1 file without a row in" in note and "3 articles with a value that says it is unknown ('Unknown';" in note, note


def test_group_summary_counts_placeholder_values_as_no_group():
    from helpers.corpus.groups import UNKNOWN
    from helpers.notebook.overview import group_summary

    corpus = pd.DataFrame({"outlet": ["A", "A", "B", "unknown", "(unknown)", ""], "n_words": [10, 10, 10, 10, 10, 10]})
    t = group_summary(corpus, "outlet", top_n=15).set_index("group")
    assert t.loc[UNKNOWN, "articles"] == 3 and "unknown" not in t.index and list(t.index)[-1] == UNKNOWN


# --- saved web pages without an outlet in the metadata: site templates per site ---------------------------------

PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title} | {site}</title>
<meta property="og:site_name" content="{site}"><meta property="article:published_time" content="2024-05-1{i}">
</head><body><nav><a href="/">Home</a> <a href="/sport">Sport</a></nav><main><article><h1>{title}</h1>
<p>{lead}</p>
<p>"We were the better team for two periods and we did not finish our chances," Whitlock said.</p>
<p>{extra}</p>
<p>{more}</p>
</article></main><footer>&copy; 2024 {site}</footer></body></html>
"""


def _page(site, i, tag=""):
    return PAGE.format(site=site, i=i, title=f"Final report {site} {i}",
                       lead=f"The Northfield Otters won the league title on night {i}, beating Calder Bay after a long "
                            f"overtime period that {site} readers will remember for years to come.",
                       extra=f"Goalkeeper Jonas Pell made {30 + i} saves for Northfield, and the crowd of {11000 + i} fans "
                             f"stayed on the ice long after the final whistle in the report by {site}.",
                       more=tag or f"The {site} sports desk will follow the parade through the town on day {i} of the "
                                   "celebrations and report on the players' plans for next season.")


def test_a_quotation_shared_by_three_sites_is_not_a_site_template(tmp_path):
    """Saved pages of three sites, no metadata: the same short quotation in one page of each site was removed from
    all three as a 'site template ... of the corpus (no outlet given)' (dogfood 12bg-d: the hockey pages lost 85% of
    their words). Templates are found per site, as the page names it, when the metadata gives no outlet."""
    folder = tmp_path / "pages"
    for j, site in enumerate(["Rinkside Daily", "Northfield Gazette", "The Calder Bay Times"]):
        (folder / f"site{j}").mkdir(parents=True)
        (folder / f"site{j}" / "story.html").write_text(_page(site, j))
    c = load_corpus(folder)
    assert c["text"].str.contains("better team for two periods").all(), c["text"].tolist()
    assert not any(r["rule"] == "site_template" for rs in c["removed"] for r in rs)


def test_a_line_repeated_on_three_pages_of_one_site_is_still_a_template(tmp_path):
    folder = tmp_path / "pages"
    folder.mkdir()
    for i in range(3):
        (folder / f"s{i}.html").write_text(_page("Rinkside Daily", i, tag="Follow Rinkside Daily on social media."))
    c = load_corpus(folder)
    assert not c["text"].str.contains("Follow Rinkside Daily").any()
    assert any("outlet 'Rinkside Daily'" in r["reason"] for rs in c["removed"] for r in rs if r["rule"] == "site_template")


def test_a_page_without_a_site_name_takes_it_from_its_title_when_the_host_spells_it():
    """Pages without og:site_name got their host as outlet ('calderbaytimes.example') though the <title> ends with
    '| The Calder Bay Times'; a site's pages with and without the tag were then two outlets (dogfood 12bg-d)."""
    from helpers.corpus.html import extract_html as extract

    page = _page("The Calder Bay Times", 1).replace('<meta property="og:site_name" content="The Calder Bay Times">',
                                                    '<link rel="canonical" href="https://www.calderbaytimes.example/s/1">')
    ext = extract(page)
    assert ext.site_name == "The Calder Bay Times" and ext.title == "Final report The Calder Bay Times 1"
    other = page.replace("| The Calder Bay Times</title>", "| Sports Desk</title>")
    assert extract(other).site_name == "calderbaytimes.example"  # a suffix the host does not spell is no site name


# --- a second run of the same corpus reads it from the cache: its loading warnings must come again ----------------


def test_loading_warnings_come_again_when_the_corpus_is_read_from_the_cache(tmp_path, monkeypatch):
    """Run twice on the heatwave corpus, the second report lost three of its four warnings (the skipped empty file,
    the file without a metadata row, the duplicate body): the corpus came from the cache, and loading warnings were
    only given when it was read (dogfood 12bg-d). They are kept with the cached table and given again."""
    import warnings

    from helpers.notebook.params import check_params
    from helpers.notebook.setup import corpus_params, load_from_params

    monkeypatch.setenv("NEWS_CACHE_DIR", str(tmp_path / "cache"))
    files = {"a.txt": BODY, "b.txt": BODY.replace("39", "41"), "c.txt": BODY, "empty.txt": ""}
    folder = _folder(tmp_path, files, "file,outlet\na.txt,Ledger\nc.txt,Courier\nempty.txt,Ledger\n")
    ns = {"corpus": str(folder), "metadata": None, "columns": None, "on_bad": "skip", "output_dir": None,
          "group_by": "outlet", "top_n": 15, "seed": 0, "study": "general", "engine": "pandas", "scheduler": "",
          "day_first": None, "periods": []}
    P = check_params(ns, corpus_params())

    def given():
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            load_from_params(P)
        return [(w.category, str(w.message)) for w in caught if issubclass(w.category, CorpusWarning)]

    first, second = given(), given()
    assert len(first) == 3, first  # skipped file, file without a row, duplicate body
    assert second == first


def test_date_order_warning_counts_dates_and_names_the_first_one():
    """The heatwave warning said '2 numeric dates such as ...' for four articles (it counted distinct values), and its
    example changed from run to run ('10.07.2024', then '05/07/2024': a set's order): two runs' pages differed."""
    import warnings

    from helpers.corpus.dates import DateOrderWarning, parse_dates

    values = ["10.07.2024", "2024-07-03", "10.07.2024", "05/07/2024", "10.07.2024"]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        parse_dates(values)
    said = [str(w.message) for w in caught if w.category is DateOrderWarning]
    assert len(said) == 1 and said[0].startswith("4 numeric dates such as '10.07.2024' could be"), said


def test_sample_caveat_counts_placeholder_values_and_empty_cells_as_no_group():
    """Notebook 02's caveat said '21 articles in 5 outlet groups ... 1 other article has no outlet' while its preamble
    said 4 of 22 had none: the notebooks pass the raw column's counts (03 without even naming empty cells)."""
    from helpers.notebook.narrative import corpus_caveat

    sizes = pd.Series({"Ledger": 7, "Courier": 6, "Unknown": 3, "": 1, " Courier ": 1})
    text = corpus_caveat(18, sizes, "outlet")
    assert "14 articles in 2 outlet groups" in text and "4 other articles have no outlet" in text, text


def test_no_key_finding_about_sources_whose_role_the_rules_could_not_tell(tmp_path):
    """By author, the index's finding on source roles was 'share of sources by role for unknown': the group whose
    sources the role rules could not read most often. That measures the rules, not the outlets' sourcing; the finding
    is taken among the roles (dogfood 12bg-d)."""
    from helpers.report.index import group_differences

    rows = []
    for g, unk, off in (("Owen Carrow", 0.17, 0.30), ("Nadia Fenwick", 0.05, 0.22), ("Staff reporter", 0.10, 0.25)):
        rows.append({"author": g, "measure": "unknown", "k": 3, "n": 20, "n_articles": 4, "share": unk,
                     "ci_low": unk - 0.01, "ci_high": unk + 0.01})
        rows.append({"author": g, "measure": "official", "k": 5, "n": 20, "n_articles": 4, "share": off,
                     "ci_low": off - 0.05, "ci_high": off + 0.05})
    path = tmp_path / "02_source_roles_shares.csv"
    pd.DataFrame(rows).to_csv(path, index=False)
    d = group_differences(path)
    assert d["key"] == {"measure": "official"} and d["compared"] == 1, d


def test_a_tab_separated_table_is_read(tmp_path):
    """The recall corpus saved as .tsv (a spreadsheet's 'tab-delimited text') stopped with 'unknown corpus file type'."""
    import gzip

    rows = "story_id\tpublisher_name\tbody_text\nR1\tReuters\t" + BODY.replace("\n\n", " ") + "\nR2\tConsumer Beat\t" \
        + BODY.replace("39", "40").replace("\n\n", " ") + "\n"
    p = tmp_path / "recall.tsv"
    p.write_text(rows, encoding="utf-8")
    c = load_corpus(p, text_col="body_text", outlet_col="publisher_name", doc_id_col="story_id")
    assert list(c["outlet"]) == ["Reuters", "Consumer Beat"] and c["text"].str.contains("county weather").all()
    g = tmp_path / "recall.tsv.gz"
    g.write_bytes(gzip.compress(rows.encode("utf-8")))
    assert len(load_corpus(g, text_col="body_text", outlet_col="publisher_name", doc_id_col="story_id")) == 2


def test_every_csv_of_notebook_04_on_a_new_corpus_can_be_read(tmp_path):
    """On every corpus without coded sentences, notebook 04 wrote 04_seed_scores.csv as a 1-byte file that pandas
    cannot read ('No columns to parse from file'): a table with no rows keeps its header (dogfood 12bg-d)."""
    from helpers.core.paths import PROJECT_ROOT
    from helpers.report import runner as report

    corpus = PROJECT_ROOT / "tests" / "data" / "local_election"
    code = report.main(["--corpus", str(corpus), "--out", str(tmp_path), "--name", "v", "--notebooks", "00", "04"])
    assert code == 0
    figures = tmp_path / "v" / "figures"
    scores = pd.read_csv(figures / "04_seed_scores.csv")
    assert list(scores.columns) == ["family", "sample", "sentences", "coded labels", "precision", "recall", "F1", "F1_low",
                                    "F1_high"]  # the micro F1's interval since dogfood 12bo-d
    for path in sorted(figures.glob("*.csv")):
        pd.read_csv(path)  # none is empty of columns


def test_notebook_02_says_nothing_of_groups_with_several_outlets_when_only_the_pool_has_them(tmp_path, monkeypatch):
    """Notebook 02 printed '0 of 0 distinctive terms of groups with several outlets come at least half from a single
    outlet': the only 'group' with several outlets was the (unknown) pool, which gets no distinctive terms."""
    import json

    from helpers.report import runner as report

    monkeypatch.setenv("NEWS_CACHE_DIR", str(tmp_path / "cache"))
    words = {"Ledger": "council cooling centres opened late critics inquiry", "Courier": "coast beaches lifeguards "
             "breeze crowded sand", "": "railway tracks buckled trains slowed junction", "unknown": "farmers wheat "
             "harvest crops dry fields"}
    files, meta = {}, "file,outlet\n"
    for o, w in words.items():
        for i in range(3):
            name = f"{o or 'none'}{i}.txt"
            files[name] = (f"The heatwave entered day {i + 3} on Monday. {w.capitalize()} again today, officials said.\n\n"
                           f"Residents said {w} was all anyone talked about. {BODY}") + f" Story {o} {i}."
            if o:
                meta += f"{name},{o}\n"
    folder = _folder(tmp_path, files, meta)
    code = report.main(["--corpus", str(folder), "--out", str(tmp_path / "out"), "--name", "h", "--notebooks", "00", "02"])
    assert code == 0
    nb = json.loads((tmp_path / "out" / "h" / "02_outlets.ipynb").read_text(encoding="utf-8"))
    text = "".join("".join(o.get("text", "")) for c in nb["cells"] for o in c.get("outputs", []))
    assert "listed terms reach z" in text  # the distinctive-terms cell ran
    assert "distinctive terms of groups with several outlets" not in text
