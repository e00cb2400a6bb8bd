import pandas as pd
import pytest

from helpers.notebook.params import Param, ParameterError, check_params
from helpers.notebook.setup import corpus_params, load_from_params


def _ns(**kw):
    base = dict(corpus="seeds", metadata=None, columns=None, on_bad="error", output_dir="figures",
                group_by="outlet", top_n=15, seed=0, study="pak_afg_ttp", engine="pandas", scheduler="", day_first=None, periods=[])
    base.update(kw)
    return {"In": [], "Out": {}, "get_ipython": print, "_i1": "x", "Param": Param, **base}


def test_valid_parameters_pass_through():
    P = check_params(_ns(), corpus_params())
    assert P["corpus"] == "seeds" and P["top_n"] == 15


@pytest.mark.parametrize("kw, msg", [
    (dict(top_n=0), r"'top_n' must be >= 1"),
    (dict(top_n=True), r"'top_n' must be int"),
    (dict(on_bad="ignore"), r"'on_bad' must be one of"),
    (dict(corpus=None), r"'corpus' must not be None"),
    (dict(seed=1.5), r"'seed' must be int"),
])
def test_bad_values_name_the_parameter(kw, msg):
    with pytest.raises(ParameterError, match=msg):
        check_params(_ns(**kw), corpus_params())


def test_unknown_parameter_is_an_error():
    with pytest.raises(ParameterError, match=r"unknown parameter \['topn'\]"):
        check_params(_ns(topn=3), corpus_params())


def test_missing_parameter_is_an_error():
    ns = _ns()
    del ns["seed"]
    with pytest.raises(ParameterError, match="declared but not set"):
        check_params(ns, corpus_params())


def test_float_param_accepts_int_and_list_items_are_checked():
    spec = {"alpha": Param((float,), min=0, max=1), "ks": Param((list,), item_types=(int,))}
    assert check_params({"alpha": 1, "ks": [1, 2]}, spec) == {"alpha": 1.0, "ks": [1, 2]}
    with pytest.raises(ParameterError, match="'ks' must hold only int"):
        check_params({"alpha": 0.5, "ks": [1, "2"]}, spec)


def test_group_by_must_be_a_column_and_columns_keys_are_checked(monkeypatch):
    P = check_params(_ns(group_by="nope"), corpus_params())
    with pytest.raises(ParameterError, match=r"'group_by' is 'nope'.*Choose one of .* with the parameter group_by"):
        load_from_params(P)
    monkeypatch.setenv("NEWS_REPORT_CLI", "1")
    with pytest.raises(ParameterError, match=r"with -p group_by <column>\. Did you mean 'outlet'\?"):
        load_from_params(check_params(_ns(group_by="outlets"), corpus_params()))
    P = check_params(_ns(columns={"body": "x"}), corpus_params())
    with pytest.raises(ParameterError, match="unknown key"):
        load_from_params(P)


def test_cache_round_trip(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWS_CACHE_DIR", str(tmp_path))
    P = check_params(_ns(), corpus_params())
    a = load_from_params(P)
    assert len(list(tmp_path.glob("corpus-*.pkl"))) == 1
    b = load_from_params(P)
    assert a.drop(columns=["removed", "spans", "subheadings"]).equals(b.drop(columns=["removed", "spans", "subheadings"]))


def test_notebook_name_selects_its_spec_and_cross_checks():
    ns = _ns(max_rows=30, unit="paragraph", method="nmf", n_topics=None, k_min=5, k_max=3, n_top_words=10,
             seeds=[1], sample_size=1000, n_boot=1000, fit_on="auto", n_boot_effects=200)
    with pytest.raises(ParameterError, match=r"k_min \(5\) must not be larger than k_max \(3\)"):
        check_params(ns, "01_topics")
    assert check_params({**ns, "k_min": 3}, "01_topics")["k_max"] == 3


def test_misspelt_parameter_gets_the_closest_name():
    with pytest.raises(ParameterError, match=r"\['topn'\].*Did you mean 'top_n'\?"):
        check_params(_ns(topn=3, max_rows=30), "00_corpus")


def test_a_corpus_with_no_body_text_after_cleaning_is_a_clear_error(write_folder):
    from helpers import CorpusError

    folder = write_folder({"a.txt": "ADVERTISEMENT\n\nShare this article\n", "b.txt": "Subscribe to our newsletter\n"})
    P = check_params(_ns(corpus=str(folder)), corpus_params())
    with pytest.raises(CorpusError, match=r"no article has any body text after cleaning \(2 articles"):
        load_from_params(P)


def test_a_table_whose_text_is_all_html_is_told_to_use_an_html_column(tmp_path):
    from helpers import CorpusError

    p = tmp_path / "c.csv"
    pd.DataFrame({"id": ["a", "b"], "text": ['<img src="a.jpg"><embed src="x.swf">',  # markup only: <p> prose is
                                             '<iframe src="e"></iframe><img src="b.jpg">']}  # read (review s80-A)
                 ).to_csv(p, index=False)
    P = check_params(_ns(corpus=str(p)), corpus_params())
    with pytest.raises(CorpusError, match=r"no article has any body text.*column named 'html'"):
        load_from_params(P)


def test_group_by_the_files_outlet_column_says_it_is_now_called_outlet(tmp_path, monkeypatch):
    # issue qa2: '-p group_by source' on a table whose 'source' column became the outlet read "'source' ... is not a
    # column of this corpus", about a column the user could see in the file
    monkeypatch.delenv("NEWS_CACHE_DIR", raising=False)
    p = tmp_path / "c.csv"
    body = "An invented sentence about a harbour that is long enough to be a body. " * 3
    pd.DataFrame({"id": ["a", "b"], "source": ["Harbour Gazette", "Hill News"], "text": [body + "1", body + "2"]}
                 ).to_csv(p, index=False)
    P = check_params(_ns(corpus=str(p), group_by="source"), corpus_params())
    with pytest.raises(ParameterError, match=r"'source': that column of the file was read as the outlet .*group_by"):
        load_from_params(P)
    P = check_params(_ns(corpus=str(p), group_by="sauce"), corpus_params())
    with pytest.raises(ParameterError, match=r"not a column of this corpus"):
        load_from_params(P)
