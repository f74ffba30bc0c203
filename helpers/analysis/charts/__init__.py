"""The charts: one style, fixed colours, a source line on every chart, deterministic PNGs.

Every chart function takes the tables (DataFrames as `helpers.analysis.load.load_tables` returns
them), returns a matplotlib Figure and never saves or shows anything itself; `save_figure` writes
it. Each figure has a title, labelled axes with units, a legend or colour bar wherever colour means
something, and a source line naming the reports it was drawn from (built from the reports table).
Time axes pick their own resolution (day, week or month) from the span of the data.

    style       the style, colours, figure scaffolding, source line, date axis, save_figure
    casualties  casualty_chart, contested_claims_chart
    frequency   attack_frequency_chart, merging_chart
    compare     comparison_chart (our incidents beside UCDP or ACLED)
    actors      mentions_heatmap, actor_types_chart, cooccurrence_chart
    map         event_map
"""
from helpers.analysis.charts.actors import actor_types_chart, cooccurrence_chart, mentions_heatmap
from helpers.analysis.charts.casualties import casualty_chart, contested_claims_chart
from helpers.analysis.charts.compare import comparison_chart
from helpers.analysis.charts.frequency import attack_frequency_chart, merging_chart
from helpers.analysis.charts.map import event_map
from helpers.analysis.charts.style import save_figure

__all__ = ["actor_types_chart", "attack_frequency_chart", "casualty_chart", "comparison_chart",
           "contested_claims_chart", "cooccurrence_chart", "event_map", "mentions_heatmap", "merging_chart", "save_figure"]
