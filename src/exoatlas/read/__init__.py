"""Document -> evidence: sentences, mentions, sentence and table-row readers."""
