-- A detection-order request may name the risk assessment it starts from (Art 7(2) and (4) of
-- COM(2022) 209: the Coordinating Authority bases the request on the provider's risk assessment and
-- mitigation measures, Art 3-5). Nullable: a request need not come from an assessment. The
-- assessment is the same provider's (checked by the service that drafts the request).
ALTER TABLE detection_orders
    ADD COLUMN risk_assessment_id UUID REFERENCES risk_assessments (id);
CREATE INDEX detection_orders_risk_assessment_idx ON detection_orders (risk_assessment_id)
    WHERE risk_assessment_id IS NOT NULL;

-- The detection orders issued against a provider and not ended, as the risk context needs them: a
-- provider subject to a detection order updates its risk assessment at the latest the profile's
-- risk-assessment.update-before-order-expiry before the order's end (Art 3(4), second subparagraph,
-- point (a)); update_due_by is that date, copied here when the orders context reports the order's
-- term, so the next assessment's due date is one query. The row goes when the order ends.
CREATE TABLE risk_detection_order_terms (
    order_id       UUID         PRIMARY KEY REFERENCES detection_orders (id),
    provider_id    UUID         NOT NULL,
    order_ends_at  TIMESTAMPTZ  NOT NULL,
    update_due_by  TIMESTAMPTZ  NOT NULL
);
CREATE INDEX risk_detection_order_terms_provider_idx ON risk_detection_order_terms (provider_id);
