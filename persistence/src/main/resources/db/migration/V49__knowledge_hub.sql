-- The Centre as a hub of expertise on prevention and assistance to victims (Art 43(6), Art 50(4) of
-- COM(2022) 209, pending legal review): articles that Centre staff write in English and Dutch side by
-- side and publish after a second member of staff's review (docs/knowledge.md), and the prevention
-- experts' network's shared documents.
CREATE TABLE knowledge_articles (
    id          UUID         PRIMARY KEY,
    version     BIGINT       NOT NULL DEFAULT 0,
    kind        VARCHAR(30)  NOT NULL CHECK (kind IN ('PREVENTION_PROGRAMME', 'SUPPORT_SERVICE', 'DEFINITION')),
    created_by  VARCHAR(200) NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL
);

-- One row per version. At most one version of an article is published and at most one is being
-- worked on (DRAFT or IN_REVIEW); a published or in-review version has both languages.
CREATE TABLE knowledge_article_versions (
    id              UUID          PRIMARY KEY,
    article_id      UUID          NOT NULL REFERENCES knowledge_articles (id),
    number          INT           NOT NULL CHECK (number > 0),
    state           VARCHAR(20)   NOT NULL CHECK (state IN ('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'SUPERSEDED', 'WITHDRAWN')),
    title_en        VARCHAR(200),
    title_nl        VARCHAR(200),
    body_en         VARCHAR(20000),
    body_nl         VARCHAR(20000),
    member_state    CHAR(2),
    target_groups   VARCHAR(200)  NOT NULL DEFAULT '',
    evidence_level  VARCHAR(30)   CHECK (evidence_level IN ('EVALUATED_EFFECTIVE', 'PROMISING', 'THEORY_BASED', 'NOT_YET_EVALUATED')),
    author          VARCHAR(200)  NOT NULL,
    contributors    VARCHAR(2000) NOT NULL,
    created_at      TIMESTAMPTZ   NOT NULL,
    updated_at      TIMESTAMPTZ   NOT NULL,
    published_by    VARCHAR(200),
    published_at    TIMESTAMPTZ,
    ended_at        TIMESTAMPTZ,
    UNIQUE (article_id, number),
    CHECK (state = 'DRAFT' OR (title_en IS NOT NULL AND title_nl IS NOT NULL AND body_en IS NOT NULL AND body_nl IS NOT NULL)),
    CHECK (published_by IS NULL OR published_by <> author)
);
CREATE UNIQUE INDEX knowledge_one_published ON knowledge_article_versions (article_id) WHERE state = 'PUBLISHED';
CREATE UNIQUE INDEX knowledge_one_open ON knowledge_article_versions (article_id) WHERE state IN ('DRAFT', 'IN_REVIEW');
CREATE INDEX knowledge_published ON knowledge_article_versions (state, member_state);

CREATE TABLE knowledge_article_status_changes (
    id              UUID          PRIMARY KEY,
    article_id      UUID          NOT NULL REFERENCES knowledge_articles (id),
    version_number  INT           NOT NULL,
    from_state      VARCHAR(20),
    event           VARCHAR(20)   NOT NULL,
    to_state        VARCHAR(20)   NOT NULL,
    legal_basis     VARCHAR(200)  NOT NULL,
    actor           VARCHAR(200)  NOT NULL,
    reason          VARCHAR(500),
    occurred_at     TIMESTAMPTZ   NOT NULL
);
CREATE INDEX knowledge_article_status_changes_article ON knowledge_article_status_changes (article_id, occurred_at);

-- Documents the prevention experts' network shares with the Centre: business documents only, the
-- same media types and limit as the documents of a risk assessment (docs/risk.md).
CREATE TABLE knowledge_network_documents (
    id           UUID          PRIMARY KEY,
    file_name    VARCHAR(200)  NOT NULL,
    media_type   VARCHAR(100)  NOT NULL CHECK (media_type IN ('application/pdf', 'text/plain',
                                                'application/vnd.oasis.opendocument.text',
                                                'application/vnd.openxmlformats-officedocument.wordprocessingml.document')),
    size_bytes   BIGINT        NOT NULL CHECK (size_bytes > 0 AND size_bytes <= 10485760),
    sha256       CHAR(64)      NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    content      BYTEA         NOT NULL CHECK (octet_length(content) = size_bytes),
    shared_by    VARCHAR(200)  NOT NULL,
    shared_at    TIMESTAMPTZ   NOT NULL
);
CREATE INDEX knowledge_network_documents_shared ON knowledge_network_documents (shared_at);

-- Demo articles, published: invented programme and service names, plain invented wording.
INSERT INTO knowledge_articles (id, kind, created_by, created_at) VALUES
    ('6b1f0a10-0000-4000-8000-000000000001', 'PREVENTION_PROGRAMME', 'admin', now()),
    ('6b1f0a10-0000-4000-8000-000000000002', 'PREVENTION_PROGRAMME', 'admin', now()),
    ('6b1f0a10-0000-4000-8000-000000000003', 'PREVENTION_PROGRAMME', 'admin', now()),
    ('6b1f0a10-0000-4000-8000-000000000004', 'SUPPORT_SERVICE', 'admin', now()),
    ('6b1f0a10-0000-4000-8000-000000000005', 'SUPPORT_SERVICE', 'admin', now()),
    ('6b1f0a10-0000-4000-8000-000000000006', 'DEFINITION', 'admin', now()),
    ('6b1f0a10-0000-4000-8000-000000000007', 'DEFINITION', 'admin', now());

INSERT INTO knowledge_article_versions (id, article_id, number, state, title_en, title_nl, body_en, body_nl, member_state,
                                        target_groups, evidence_level, author, contributors, created_at, updated_at,
                                        published_by, published_at) VALUES
    ('6b1f0a11-0000-4000-8000-000000000001', '6b1f0a10-0000-4000-8000-000000000001', 1, 'PUBLISHED',
     'Safe Together Workshops (demo)', 'Samen Veilig workshops (demo)',
     'An invented programme for the demo: school workshops where children learn which touches and secrets are not okay and whom to tell, with an evening session for parents on talking about it at home.',
     'Een verzonnen programma voor de demo: workshops op school waarin kinderen leren welke aanrakingen en geheimen niet oké zijn en aan wie ze het vertellen, met een avond voor ouders over het gesprek thuis.',
     'NL', 'CHILDREN_AND_PARENTS', 'PROMISING', 'admin', 'admin', now(), now(), 'reviewer', now()),
    ('6b1f0a11-0000-4000-8000-000000000002', '6b1f0a10-0000-4000-8000-000000000002', 1, 'PUBLISHED',
     'Before It Happens Helpline (demo)', 'Hulplijn Voordat Het Gebeurt (demo)',
     'An invented, anonymous helpline for the demo: people who fear they might act on sexual thoughts about children talk to a trained therapist and are referred to treatment before anyone is harmed.',
     'Een verzonnen, anonieme hulplijn voor de demo: mensen die vrezen dat zij naar seksuele gedachten over kinderen zouden kunnen handelen, praten met een getrainde therapeut en worden doorverwezen naar behandeling voordat iemand schade lijdt.',
     'DE', 'PEOPLE_AT_RISK_OF_OFFENDING', 'EVALUATED_EFFECTIVE', 'admin', 'admin', now(), now(), 'reviewer', now()),
    ('6b1f0a11-0000-4000-8000-000000000003', '6b1f0a10-0000-4000-8000-000000000003', 1, 'PUBLISHED',
     'New Course Group Programme (demo)', 'Nieuwe Koers groepsprogramma (demo)',
     'An invented programme for the demo: group sessions during and after a sentence that work on the steps that led to the offence and on a plan to avoid them, with a mentor in the first year after release.',
     'Een verzonnen programma voor de demo: groepssessies tijdens en na de straf over de stappen die tot het delict leidden en een plan om ze te vermijden, met een mentor in het eerste jaar na vrijlating.',
     'NL', 'CONVICTED_OFFENDERS', 'THEORY_BASED', 'admin', 'admin', now(), now(), 'reviewer', now()),
    ('6b1f0a11-0000-4000-8000-000000000004', '6b1f0a10-0000-4000-8000-000000000004', 1, 'PUBLISHED',
     'Lighthouse Support Line (demo)', 'Vuurtoren steunlijn (demo)',
     'An invented service for the demo: free, confidential support by phone and chat for survivors of child sexual abuse and the people close to them, and help finding counselling nearby.',
     'Een verzonnen dienst voor de demo: gratis, vertrouwelijke steun per telefoon en chat voor overlevenden van seksueel misbruik van kinderen en hun naasten, en hulp bij het vinden van begeleiding in de buurt.',
     'NL', '', NULL, 'admin', 'admin', now(), now(), 'reviewer', now()),
    ('6b1f0a11-0000-4000-8000-000000000005', '6b1f0a10-0000-4000-8000-000000000005', 1, 'PUBLISHED',
     'Harbour Counselling Centres (demo)', 'Haven adviescentra (demo)',
     'An invented service for the demo: counselling centres for adult survivors, with legal advice on reporting and on having images removed.',
     'Een verzonnen dienst voor de demo: adviescentra voor volwassen overlevenden, met juridisch advies over aangifte en over het laten verwijderen van beelden.',
     'DE', '', NULL, 'admin', 'admin', now(), now(), 'reviewer', now()),
    ('6b1f0a11-0000-4000-8000-000000000006', '6b1f0a10-0000-4000-8000-000000000006', 1, 'PUBLISHED',
     'Child sexual abuse material: what EU law covers', 'Materiaal van seksueel misbruik van kinderen: wat het EU-recht eronder verstaat',
     'In our own plain words, not the legal text: the Regulation (Art 2 of COM(2022) 209) uses the term for the material that Art 2(c) and Art 2(e) of Directive 2011/93/EU describe. Broadly, that is any image or recording that shows a child, or a person who appears to be a child, in sexually explicit conduct, or that shows a child''s sexual organs for primarily sexual purposes, including realistic images that were made rather than recorded, and a live sexual performance involving a child shown to an audience. Age: a child is anyone below 18. The same definition applies in every Member State; providers do not need another jurisdiction''s definition. Read the Directive and the Regulation themselves for the exact terms.',
     'In onze eigen eenvoudige woorden, niet de wettekst: de Verordening (art. 2 van COM(2022) 209) gebruikt de term voor het materiaal dat art. 2(c) en art. 2(e) van Richtlijn 2011/93/EU beschrijven. In grote lijnen is dat elk beeld of elke opname waarop een kind, of iemand die er als kind uitziet, seksueel expliciete handelingen verricht, of waarop de geslachtsdelen van een kind vooral voor seksuele doeleinden te zien zijn, ook realistische beelden die gemaakt en niet opgenomen zijn, en een live seksuele voorstelling met een kind voor publiek. Leeftijd: een kind is iedereen onder de 18. Dezelfde definitie geldt in elke lidstaat. Lees de Richtlijn en de Verordening zelf voor de precieze bewoording.',
     NULL, '', NULL, 'admin', 'admin', now(), now(), 'reviewer', now()),
    ('6b1f0a11-0000-4000-8000-000000000007', '6b1f0a10-0000-4000-8000-000000000007', 1, 'PUBLISHED',
     'Grooming (solicitation of children): what EU law covers', 'Grooming (benaderen van kinderen): wat het EU-recht eronder verstaat',
     'In our own plain words, not the legal text: the Regulation (Art 2 of COM(2022) 209) calls grooming the solicitation of children for sexual purposes referred to in Art 6 of Directive 2011/93/EU. Broadly, that is an adult using online contact to propose meeting a child below the age of sexual consent in order to abuse the child or to make abuse material, where the proposal is followed by steps towards the meeting, and an adult using online contact to try to get a child to send sexual images of themselves. Read the Directive and the Regulation themselves for the exact terms.',
     'In onze eigen eenvoudige woorden, niet de wettekst: de Verordening (art. 2 van COM(2022) 209) noemt grooming het benaderen van kinderen voor seksuele doeleinden zoals bedoeld in art. 6 van Richtlijn 2011/93/EU. In grote lijnen is dat een volwassene die via online contact voorstelt een kind onder de leeftijd van seksuele meerderjarigheid te ontmoeten om het kind te misbruiken of misbruikmateriaal te maken, als op het voorstel stappen naar de ontmoeting volgen, en een volwassene die via online contact probeert een kind seksuele beelden van zichzelf te laten sturen. Lees de Richtlijn en de Verordening zelf voor de precieze bewoording.',
     NULL, '', NULL, 'admin', 'admin', now(), now(), 'reviewer', now());

INSERT INTO knowledge_article_status_changes (id, article_id, version_number, from_state, event, to_state, legal_basis, actor, reason, occurred_at)
SELECT gen_random_uuid(), article_id, 1, NULL, 'CREATE', 'DRAFT', 'Art 43(6), Art 50(4) COM(2022) 209 (pending legal review)', 'admin', 'demo data', now()
  FROM knowledge_article_versions
UNION ALL
SELECT gen_random_uuid(), article_id, 1, 'DRAFT', 'SUBMIT', 'IN_REVIEW', 'Art 43(6), Art 50(4) COM(2022) 209 (pending legal review)', 'admin', 'demo data', now()
  FROM knowledge_article_versions
UNION ALL
SELECT gen_random_uuid(), article_id, 1, 'IN_REVIEW', 'PUBLISH', 'PUBLISHED', 'Art 43(6), Art 50(4) COM(2022) 209 (pending legal review)', 'reviewer', 'demo data', now()
  FROM knowledge_article_versions;
