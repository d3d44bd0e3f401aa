// Names of fields as the site shows them: read from the field registry (schemas/fields.ts), never renamed here.
export { fieldLabel, mustLabel } from '../../schemas/index.ts';
