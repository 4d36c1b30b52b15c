"""Alerts to policy teams: routing, rendering, the outbox and delivery (e-mail, Slack, apprise).

teams.yaml -> teams_file.load_teams -> teams.TeamsConfig
new hit    -> outbox.enqueue_hit (same transaction)  -> delivery rows
send.send_pending / digest.send_due_digests          -> claim -> send -> record
"""
