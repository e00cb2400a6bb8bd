import pytest

from helpers.notebook import corpus_params, load_from_params
from helpers.params import Param, ParameterError, check_params


def _ns(**kw):
    base = dict(corpus="seeds", metadata=None, columns=None, on_bad="error", output_dir="figures",
                group_by="outlet", top_n=15, seed=0)
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
    with pytest.raises(ParameterError, match=r"unknown parameter\(s\) \['topn'\]"):
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


def test_group_by_must_be_a_column_and_columns_keys_are_checked():
    P = check_params(_ns(group_by="nope"), corpus_params())
    with pytest.raises(ParameterError, match=r"'group_by' is 'nope'.*Choose one of"):
        load_from_params(P)
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
