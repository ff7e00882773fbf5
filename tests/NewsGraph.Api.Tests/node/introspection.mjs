// Prints graphql-js's full introspection query, the one GraphQL IDEs send, as a JSON request body.
import { getIntrospectionQuery } from 'graphql';

console.log(JSON.stringify({ query: getIntrospectionQuery({ descriptions: true }), operationName: 'IntrospectionQuery' }));
