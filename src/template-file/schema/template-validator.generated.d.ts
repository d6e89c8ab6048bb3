import type { ErrorObject } from 'ajv'

/** The standalone Ajv validator of the template schema (see generate-validator.ts). */
declare const validate: ((data: unknown) => boolean) & { errors?: ErrorObject[] | null }
export default validate
