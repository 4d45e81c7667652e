-- Why a review task was opened when the score alone would have linked: a cannot-link with a record of the
-- candidate person, a review rule of the model (its label), a placeholder patient. Null for a task whose
-- probability simply fell between the review and auto-link thresholds.
ALTER TABLE review_task ADD COLUMN reason VARCHAR(500);
