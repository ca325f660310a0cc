-- Documents attached to a risk assessment (Art 3-5 of COM(2022) 209): the provider's business
-- documents that support its report (a methodology, a policy, an audit), next to the structured
-- fields. No content data and no personal data: the allowed media types are PDF, plain text, ODT and
-- DOCX, each at most 10 MiB. The bytes are kept here with their SHA-256 (hex) and size; who may read
-- them follows the assessment (its provider, the Coordinating Authorities competent for it).
CREATE TABLE risk_assessment_documents (
    id             UUID          PRIMARY KEY,
    assessment_id  UUID          NOT NULL REFERENCES risk_assessments (id),
    file_name      VARCHAR(200)  NOT NULL,
    media_type     VARCHAR(100)  NOT NULL CHECK (media_type IN ('application/pdf', 'text/plain',
                                                  'application/vnd.oasis.opendocument.text',
                                                  'application/vnd.openxmlformats-officedocument.wordprocessingml.document')),
    size_bytes     BIGINT        NOT NULL CHECK (size_bytes > 0 AND size_bytes <= 10485760),
    sha256         CHAR(64)      NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    content        BYTEA         NOT NULL CHECK (octet_length(content) = size_bytes),
    attached_by    VARCHAR(200)  NOT NULL,
    attached_at    TIMESTAMPTZ   NOT NULL
);

CREATE INDEX risk_assessment_documents_assessment ON risk_assessment_documents (assessment_id, attached_at);
